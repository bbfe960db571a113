// The identity a Chinese government website shows (《政府网站发展指引》, 国办发〔2017〕47号): who runs it,
// how to reach them, its codes and filings, each linked where the rules say. Pure: from site.yaml's
// settings to what the footer prints, so a field that is not set gives nothing, never an empty line.
import { POLICE_FILING_PATTERN, type SiteSettings } from '../schema/index.ts';

/** The MIIT filing system: the ICP number links to its front page (it has no per-number address). */
export const ICP_URL = 'https://beian.miit.gov.cn/';

/** The public-security filing page of one record number. */
export const policeFilingUrl = (filing: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${POLICE_FILING_PATTERN.exec(filing)?.[1] ?? ''}`;

/** 我为政府网站找错: the national platform's form for one page of the site, as a plain link (not its script). */
export const findErrorUrl = (siteCode: string, pageUrl: string) =>
  `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${encodeURIComponent(siteCode)}&url=${encodeURIComponent(pageUrl)}`;

export interface IdentityLine {
  label: string;
  text: string;
  href?: string;
}

/** The footer's identity lines in the order the guideline's sample footers use, only those set. */
export function identityLines(settings: SiteSettings): IdentityLine[][] {
  const { contact } = settings;
  const rows: (IdentityLine | undefined)[][] = [
    [settings.sponsor ? { label: '主办单位', text: settings.sponsor } : undefined, settings.organizer ? { label: '承办单位', text: settings.organizer } : undefined],
    [
      contact?.phone ? { label: '联系电话', text: contact.phone, href: `tel:${contact.phone.replace(/[^\d]/g, '')}` } : undefined,
      contact?.email ? { label: '电子邮箱', text: contact.email, href: `mailto:${contact.email}` } : undefined,
      contact?.address ? { label: '地址', text: contact.address } : undefined,
    ],
    [
      settings.site_code ? { label: '网站标识码', text: settings.site_code } : undefined,
      settings.icp ? { label: '', text: settings.icp, href: ICP_URL } : undefined,
      settings.police_filing ? { label: '', text: settings.police_filing, href: policeFilingUrl(settings.police_filing) } : undefined,
    ],
  ];
  return rows.map((row) => row.filter((item): item is IdentityLine => item !== undefined)).filter((row) => row.length > 0);
}
