// The generated file: where it goes, its text, and the three ways out (copy, download, GitHub).
import { el } from '../dom.ts';
import { reportPath, taskFileName } from '../../content/paths.ts';
import { ID } from './form-fields.ts';
import { githubNewFileUrl } from './github-link.ts';

export interface OutputSection {
  /** `folder`: the chosen plan's folder in the content ('' or `plans/<id>/`). */
  show(yaml: string, task: number, period: string, folder: string): void;
  hide(): void;
  focus(): void;
}

export function outputSection(site: { repository: string; branch: string; demo: boolean }): OutputSection {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const box = $<HTMLElement>(ID.output);
  const yamlBox = $<HTMLTextAreaElement>(ID.outputYaml);
  const status = $<HTMLElement>(ID.outputStatus);
  const github = $<HTMLAnchorElement>(ID.outputGithub);
  const download = $<HTMLButtonElement>(ID.outputDownload);
  /** The file name of the file shown. */
  let fileName = '';

  $<HTMLButtonElement>(ID.outputCopy).addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(yamlBox.value);
    } catch {
      // Older in-app browsers: select the text and copy it the old way.
      yamlBox.select();
      document.execCommand('copy');
    }
    status.textContent = `已复制 ${yamlBox.value.split('\n').length - 1} 行内容。`;
  });
  download.addEventListener('click', () => {
    const blob = new Blob([yamlBox.value], { type: 'text/yaml;charset=utf-8' });
    const href = URL.createObjectURL(blob);
    const link = el('a', { href, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(href), 1000);
    status.textContent = `已下载 ${fileName}。`;
  });
  github.target = '_blank';
  github.textContent = '在 GitHub 上新建此文件(新窗口)';

  return {
    show(yaml, task, period, folder) {
      const path = `content/${reportPath(period, task, folder)}`;
      fileName = taskFileName(task);
      $<HTMLElement>(ID.outputPath).textContent = path;
      yamlBox.value = yaml;
      download.textContent = `下载 ${fileName}`;
      const link = githubNewFileUrl(site.repository, site.branch, path, yaml);
      github.href = link.url;
      $<HTMLElement>(ID.outputGithubNote).textContent = site.demo
        ? '这是演示站点,生成的内容是虚构的,不提供提交到正式仓库的链接。'
        : link.withContent
          ? '“在 GitHub 上新建此文件”会打开 GitHub 的新建文件页面,文件名和内容已填好(需要登录有权限的账号)。'
          : '内容较长,无法放进 GitHub 链接:请先点“复制内容”,再点“在 GitHub 上新建此文件”,把内容粘贴到编辑框中。';
      // A demo site's drafts are invented: they must never be one click from the real repository.
      github.hidden = site.demo || !/^https:\/\/github\.com\//.test(site.repository);
      box.hidden = false;
    },
    hide: () => void (box.hidden = true),
    focus: () => $<HTMLElement>(ID.outputHeading).focus(),
  };
}
