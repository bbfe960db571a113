// The chosen task's state: the one source of what the form shows about it (the note under the quarter,
// the 重新读取 button, the fields, the message at the task). Pure.
import type { ReportDraft, SubmitTaskData } from '../../content/report-yaml.ts';

export type TaskState =
  | { kind: 'none' }
  | { kind: 'reading'; id: number }
  /** The file could not be fetched (network, HTTP error) or is not this task's: reading again may help. */
  | { kind: 'unreadable'; id: number }
  /** The file was read but drafting from it threw: a bug, which reading again does not fix. */
  | { kind: 'broken'; id: number; error: unknown }
  | { kind: 'ready'; id: number; data: SubmitTaskData; draft: ReportDraft };

/**
 * The state once the task's file is read (`read`: null when it could not be). `build` drafts the report
 * and fills the fields; whatever it throws is the form's fault, never the network's.
 */
export function draftedState(id: number, read: SubmitTaskData | null, build: (data: SubmitTaskData) => ReportDraft): TaskState {
  // A file of another shape (a cached copy from an earlier version of the site) counts as unreadable.
  if (read?.task?.id !== id) return { kind: 'unreadable', id };
  try {
    return { kind: 'ready', id, data: read, draft: build(read) };
  } catch (error) {
    return { kind: 'broken', id, error };
  }
}

export function draftNote(state: TaskState): string {
  switch (state.kind) {
    case 'none':
      return '';
    case 'reading':
      return '正在读取本任务的目标和此前的报送……';
    case 'unreadable':
      return '未能读取本任务的目标和此前的报送(网络问题),暂时无法填写;请点“重新读取”再试。';
    case 'broken':
      return '表单程序出错,未能为本任务生成报告草稿(不是网络问题,重新读取也无法解决)。请按下面“不用表单报送”的步骤报送,并告知网站维护人员。';
    case 'ready': {
      const { carriedFrom, carriedTargets } = state.draft;
      return carriedFrom
        ? `已按 ${carriedFrom} 的报送预填状态${carriedTargets.length ? '、数值' : ''}和佐证材料,请按本季度实际情况修改。`
        : '该任务此前没有报送,状态默认为“未启动”,请按实际情况填写。';
    }
  }
}

/** Why there is nothing to check yet, said at the task select; undefined once the task is ready. */
export function notReadyText(state: TaskState): string | undefined {
  switch (state.kind) {
    case 'none':
      return '请选择任务';
    case 'reading':
      return '正在读取本任务的资料,请稍候';
    case 'unreadable':
      return '未能读取本任务的资料,请点“重新读取”';
    case 'broken':
      return '表单程序出错,无法为本任务生成报告,请按“不用表单报送”的步骤报送';
    case 'ready':
      return undefined;
  }
}
