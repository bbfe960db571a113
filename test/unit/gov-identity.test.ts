import { describe, expect, test } from 'vitest';
import { SiteSettingsSchema } from '../../src/schema/index.ts';
import { findErrorUrl, identityLines, policeFilingUrl } from '../../src/site/gov-identity.ts';

const base = { title: '某市行动进展', site: 'https://example.gov.cn', repository: 'https://github.com/a/b', licence: 'CC BY 4.0', licence_url: 'https://creativecommons.org/licenses/by/4.0/' };

describe('identityLines', () => {
  test('nothing set gives no line at all', () => {
    expect(identityLines(SiteSettingsSchema.parse(base))).toEqual([]);
  });
  test('every field set gives three lines in order, with the filing links', () => {
    const settings = SiteSettingsSchema.parse({
      ...base,
      sponsor: '某市人民政府办公室',
      organizer: '某市大数据中心',
      contact: { phone: '0728-5221234', email: 'office@example.gov.cn', address: '某市某路 1 号' },
      site_code: '4290060001',
      icp: '鄂ICP备12345678号-1',
      police_filing: '鄂公网安备42900602000001号',
    });
    expect(identityLines(settings)).toEqual([
      [{ label: '主办单位', text: '某市人民政府办公室' }, { label: '承办单位', text: '某市大数据中心' }],
      [
        { label: '联系电话', text: '0728-5221234', href: 'tel:07285221234' },
        { label: '电子邮箱', text: 'office@example.gov.cn', href: 'mailto:office@example.gov.cn' },
        { label: '地址', text: '某市某路 1 号' },
      ],
      [
        { label: '网站标识码', text: '4290060001' },
        { label: '', text: '鄂ICP备12345678号-1', href: 'https://beian.miit.gov.cn/' },
        { label: '', text: '鄂公网安备42900602000001号', href: 'https://beian.mps.gov.cn/#/query/webSearch?code=42900602000001' },
      ],
    ]);
  });
  test('a partly filled contact leaves out what is missing', () => {
    expect(identityLines(SiteSettingsSchema.parse({ ...base, contact: { address: '某路 1 号' } }))).toEqual([[{ label: '地址', text: '某路 1 号' }]]);
  });
});

describe('the identity fields refuse what is not one', () => {
  const accepted = (field: object) => SiteSettingsSchema.safeParse({ ...base, ...field }).success;
  test.each([
    [{ site_code: '429006000' }],
    [{ site_code: '42900600012' }],
    [{ police_filing: '42900602000001' }],
    [{ police_filing: '鄂公网安备4290060200000号' }],
    [{ contact: { phone: '13812345678' } }],
    [{ contact: { email: 'office' } }],
    [{ contact: { fax: '0728-5221234' } }],
    [{ conac_certificate: 'javascript:alert(1)' }],
  ])('%j', (field) => {
    expect(accepted(field)).toBe(false);
  });
  test('a landline with an extension and a hotline are accepted', () => {
    expect(accepted({ contact: { phone: '0728-5221234转8001' } })).toBe(true);
    expect(accepted({ contact: { phone: '12345' } })).toBe(true);
  });
});

test('the platform links carry the site code and the page', () => {
  expect(findErrorUrl('4290060001', 'https://example.gov.cn/ztzl/ggfw/tasks/3/')).toBe(
    'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4290060001&url=https%3A%2F%2Fexample.gov.cn%2Fztzl%2Fggfw%2Ftasks%2F3%2F',
  );
  expect(policeFilingUrl('京公网安备 11010502030143号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143');
});
