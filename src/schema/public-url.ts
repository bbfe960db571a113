// Whether a parsed web address is one the public can open: the evidence of a report is published as a
// "public source", so an address with a password in it, or one that only works inside an office network
// or on the reporter's own computer, must not pass. Pure and free of node: modules (the browser form uses
// it). `new URL` has already turned every spelling of an IPv4 address (decimal 2130706433, hex 0x7f.1,
// octal 0177.0.0.1) into dotted form and every IPv6 address into its compressed hex form.

/** IPv4 blocks that are not reachable on the public internet (IANA special-purpose registry). */
const NON_PUBLIC_V4: [string, number, string][] = [
  ['0.0.0.0', 8, '"本网络"地址'],
  ['10.0.0.0', 8, '内网地址'],
  ['100.64.0.0', 10, '运营商内网地址'],
  ['127.0.0.0', 8, '本机地址'],
  ['169.254.0.0', 16, '链路本地地址'],
  ['172.16.0.0', 12, '内网地址'],
  ['192.0.0.0', 24, '保留地址'],
  ['192.0.2.0', 24, '文档示例地址'],
  ['192.168.0.0', 16, '内网地址'],
  ['198.18.0.0', 15, '测试用地址'],
  ['198.51.100.0', 24, '文档示例地址'],
  ['203.0.113.0', 24, '文档示例地址'],
  ['224.0.0.0', 4, '组播地址'],
  ['240.0.0.0', 4, '保留地址'],
];

const v4Number = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const V4_BLOCKS = NON_PUBLIC_V4.map(([base, bits, what]) => ({ start: v4Number(base), size: 2 ** (32 - bits), what }));

// Names that never resolve to one public site: the machine itself, an office or home network, mDNS.
const LOCAL_NAME = /(?:^|\.)(?:localhost|local|internal|intranet|lan|home|corp|home\.arpa|localdomain)$/;

/** The eight 16-bit groups of an IPv6 address as `new URL` writes it (no brackets, maybe with `::`). */
function v6Groups(address: string): number[] {
  const [head, tail] = address.split('::') as [string, string | undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  return [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
}

/** Why the address's host is not public, or undefined when it is. */
export function nonPublicHost(url: URL): string | undefined {
  const host = url.hostname.replace(/\.$/, '').toLowerCase();
  if (host.startsWith('[')) {
    const [g0 = 0, g1 = 0] = v6Groups(host.slice(1, -1));
    // Only global unicast (2000::/3) is public; the documentation block 2001:db8::/32 is not. This also
    // refuses ::1, ::ffff:127.0.0.1 (IPv4 inside IPv6), fc00::/7 and fe80::/10.
    if ((g0 & 0xe000) !== 0x2000) return `IPv6 地址 ${host} 不是公网地址(本机、内网或链路本地地址)`;
    if (g0 === 0x2001 && g1 === 0x0db8) return `IPv6 地址 ${host} 是文档示例地址`;
    return undefined;
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const n = v4Number(host);
    const block = V4_BLOCKS.find((b) => n >= b.start && n < b.start + b.size);
    return block ? `${host} 是${block.what},公众无法访问` : undefined;
  }
  if (!host.includes('.')) return `主机名 ${host} 不是公开域名(没有域名后缀,只在单位内部有效)`;
  if (LOCAL_NAME.test(host)) return `主机名 ${host} 是本机或内部网络的名称,公众无法访问`;
  return undefined;
}

/**
 * A `%` not followed by two hex digits: a copy cut short or mangled. Escapes that are not UTF-8 are
 * left alone: older government sites still put GBK in their query strings (`?q=%CC%EC%C3%C5`).
 */
export const brokenPercentEncoding = (text: string): boolean => /%(?![0-9A-Fa-f]{2})/.test(text);
