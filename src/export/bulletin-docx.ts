// The 通报 as a .docx laid out after GB/T 9704-2012 (党政机关公文格式): A4, the text block 156 x 225 mm
// (margins 37 mm top, 28 mm left), the title in 2号 方正小标宋简体, the body in 3号 仿宋_GB2312 at 22
// lines a page, headings in 黑体, page numbers "— N —". Fonts are named, never embedded: the
// offices that print it have them, and embedding them is a licence question.
//
// Reproducible: docx stamps its core properties and zip entries with the clock, so the package is
// unzipped and zipped again with the data's as-of date (never the build's clock, so a fixed
// SOURCE_DATE_EPOCH is not even needed for identical bytes).
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DEMO_LABEL, MISSING_STATE } from '../schema/index.ts';
import { BULLETIN_COLUMNS, taskList, type Bulletin } from './bulletin.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** GB/T 9704 fonts, by the names Windows and WPS install them under. */
export const BULLETIN_FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体', pageNumber: '宋体' } as const;

const mm = (value: number) => Math.round((value * 1440) / 25.4);
// Half-points: 2号 22pt, 3号 16pt, 4号 14pt, 五号 10.5pt.
const SIZE = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;
const BODY_LINE = 580; // 225 mm / 22 lines, in twips
const TEXT_WIDTH = mm(156);
// Columns: number and remark narrow, the summary widest; sums to the text block's width.
const COLUMN_WIDTHS = [600, 1900, 1300, 1500, 2744, 800];

const font = (name: string) => ({ eastAsia: name, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });
const run = (text: string, name: string, size: number, bold = false) => new TextRun({ text, font: font(name), size, bold });

function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, BULLETIN_FONTS.body, SIZE.body)],
    indent: { firstLine: SIZE.body * 20 }, // two characters
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
    alignment: AlignmentType.JUSTIFIED,
  });
}

const heading = (text: string) =>
  new Paragraph({ children: [run(text, BULLETIN_FONTS.heading, SIZE.body)], indent: { firstLine: SIZE.body * 20 }, spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } });

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        children: [run(text, header ? BULLETIN_FONTS.heading : BULLETIN_FONTS.body, SIZE.table)],
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
  });
}

function table(bulletin: Bulletin): Table {
  const header = new TableRow({
    tableHeader: true, // repeated at the top of every page the table runs onto
    cantSplit: true,
    height: { value: mm(10), rule: HeightRule.ATLEAST },
    children: BULLETIN_COLUMNS.map((name, i) => cell(name, COLUMN_WIDTHS[i]!, true)),
  });
  const rows = bulletin.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [String(row.number), row.task, row.lead, row.responsible, row.progress, row.remark].map((text, i) => cell(text, COLUMN_WIDTHS[i]!, false)),
      }),
  );
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: COLUMN_WIDTHS, rows: [header, ...rows] });
}

/** The demo document says so at the top of every page. */
const demoHeader = () =>
  new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(`${DEMO_LABEL}:本通报内容为虚构的演示内容,不是正式通报`, BULLETIN_FONTS.heading, SIZE.pageNumber)] })] });

const pageNumberFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(BULLETIN_FONTS.pageNumber), size: SIZE.pageNumber })],
      }),
    ],
  });

function document(bulletin: Bulletin, author: string): Document {
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: BODY_LINE }, children: [run(bulletin.title, BULLETIN_FONTS.title, SIZE.title)] }),
    ...bulletin.sentences.map(bodyParagraph),
    table(bulletin),
  ];
  if (bulletin.missingUnits.length > 0) {
    children.push(heading(`附:${MISSING_STATE[bulletin.missingState].label}单位`));
    for (const unit of bulletin.missingUnits) children.push(bodyParagraph(`${unit.name}:${taskList(unit.tasks)}`));
  }
  return new Document({
    title: bulletin.title,
    creator: author,
    lastModifiedBy: author,
    styles: { default: { document: { run: { font: font(BULLETIN_FONTS.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(28) },
          },
        },
        ...(bulletin.demo ? { headers: { default: demoHeader() } } : {}),
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
}

/** Unzips docx's package and zips it again with every date set to `date` (00:00 local, as DOS dates are). */
function stampPackage(bytes: Uint8Array, date: string): Uint8Array<ArrayBuffer> {
  const [y, m, d] = date.split('-').map(Number);
  const files = unzipSync(bytes);
  const core = 'docProps/core.xml';
  files[core] = strToU8(strFromU8(files[core]!).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${date}T00:00:00Z`));
  return zipSync(files, { mtime: new Date(y!, m! - 1, d!), level: 6 }) as Uint8Array<ArrayBuffer>;
}

/** The .docx bytes of a 通报. */
export async function bulletinDocx(bulletin: Bulletin, options: { author: string }): Promise<Uint8Array<ArrayBuffer>> {
  const packed = await Packer.toBuffer(document(bulletin, options.author));
  return stampPackage(new Uint8Array(packed), bulletin.asOf);
}
