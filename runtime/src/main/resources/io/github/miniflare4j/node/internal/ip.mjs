// IP address syntax as node:net checks it (isIP/isIPv4/isIPv6), shared by node:net and node:dns.
const IPV4_SEGMENT = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
const IPV4 = `(?:${IPV4_SEGMENT}\\.){3}${IPV4_SEGMENT}`;
const IPV4_RE = new RegExp(`^${IPV4}$`);
const V6 = "(?:[0-9a-fA-F]{1,4})";
const IPV6_RE = new RegExp(
  "^(?:" +
    `(?:${V6}:){7}(?:${V6}|:)|` +
    `(?:${V6}:){6}(?:${IPV4}|:${V6}|:)|` +
    `(?:${V6}:){5}(?::${IPV4}|(?::${V6}){1,2}|:)|` +
    `(?:${V6}:){4}(?:(?::${V6}){0,1}:${IPV4}|(?::${V6}){1,3}|:)|` +
    `(?:${V6}:){3}(?:(?::${V6}){0,2}:${IPV4}|(?::${V6}){1,4}|:)|` +
    `(?:${V6}:){2}(?:(?::${V6}){0,3}:${IPV4}|(?::${V6}){1,5}|:)|` +
    `(?:${V6}:){1}(?:(?::${V6}){0,4}:${IPV4}|(?::${V6}){1,6}|:)|` +
    `(?::(?:(?::${V6}){0,5}:${IPV4}|(?::${V6}){1,7}|:))` +
    ")(?:%[0-9a-zA-Z-.:]{1,})?$",
);

export function isIPv4(input) { return IPV4_RE.test(String(input)); }
export function isIPv6(input) { return IPV6_RE.test(String(input)); }
export function isIP(input) { return isIPv4(input) ? 4 : isIPv6(input) ? 6 : 0; }
