import { describe, expect, it } from 'vitest';
import { decodeBody, fetchText, isPrivateAddress, isPrivateHost } from './fetch.js';

describe('isPrivateAddress', () => {
  it('refuses every address that is not public unicast, IPv4 inside IPv6 judged as IPv4', () => {
    const refused = [
      ...['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.20.0.1', '169.254.169.254', '0.0.0.0', '100.64.0.1'],
      // Multicast, broadcast, benchmarking, documentation, reserved: nothing a feed lives on.
      ...['224.0.0.1', '255.255.255.255', '198.18.0.1', '192.0.2.10', '240.0.0.1'],
      ...['::1', '::', 'fd00::1', 'fe80::1', 'fec0::1', 'ff02::1', '2001:db8::1', '100::1', '2001::1'],
      // IPv4-mapped in both spellings, NAT64's well-known prefix and 6to4 over a private IPv4 address.
      ...['::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '64:ff9b::10.0.0.1', '2002:c0a8:1::1'],
      // NAT64's local-use prefix (RFC 8215) and anything that is no address.
      ...['64:ff9b:1::808:808', 'example.com', ''],
    ];
    for (const a of refused) expect(isPrivateAddress(a), a).toBe(true);
  });

  it('lets public unicast addresses through, also through NAT64 and 6to4', () => {
    for (const a of ['93.184.216.34', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])
      expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe('isPrivateHost', () => {
  it('reads the host as the URL parser normalises it', () => {
    for (const url of ['http://2130706433/feed', 'http://0x7f.1/', 'http://[::ffff:127.0.0.1]/', 'http://localhost./', 'http://a.localhost/', 'http://[64:ff9b::192.168.1.1]/'])
      expect(isPrivateHost(url), url).toBe(true);
    for (const url of ['https://example.com/feed', 'http://93.184.216.34/', 'http://[2606:4700::1111]/']) expect(isPrivateHost(url), url).toBe(false);
  });
});

describe('decodeBody', () => {
  const latin1 = (s: string) => Buffer.from(s, 'latin1');
  it('reads the WHATWG label mapping, and a UTF-16 declaration in ASCII bytes as UTF-8', () => {
    // windows-1252's 0x80 is the euro sign, which ISO-8859-1 lacks: browsers read iso-8859-1 as windows-1252.
    expect(decodeBody(Uint8Array.from([0x80, 0xe9]), 'text/html; charset=ISO-8859-1')).toBe('€é');
    expect(decodeBody(Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a>é</a>'), null)).toBe('<?xml version="1.0" encoding="UTF-16"?><a>é</a>');
    expect(decodeBody(latin1('<?xml version="1.0" encoding="x-unknown"?><a>é</a>'), 'application/xml')).toContain('<a>\ufffd</a>');
    expect(decodeBody(latin1("<?xml version='1.0' encoding='windows-1252'?><a>é</a>"), 'application/xml; charset')).toContain('<a>é</a>');
  });
});

describe('decodeBody of a feed', () => {
  it("takes a feed's encoding from its XML declaration or UTF-8, never from a <meta> of its items' HTML", () => {
    // Atom's type="xhtml" content is markup of the feed itself; a JSON string holds raw HTML.
    const xhtml = '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><meta charset="iso-8859-1"/><p>Sécurité</p></div></content>';
    const feeds = [
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>${xhtml}</entry></feed>`,
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>${xhtml}</entry></feed>`,
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry>${xhtml}</entry></feed>`,
      `  {"items": [{"id": "1", "content_html": "<meta charset=iso-8859-1><p>Sécurité</p>"}]}`,
    ];
    for (const feed of feeds) expect(decodeBody(Buffer.from(feed), 'application/xml'), feed).toBe(feed);
  });
});

describe('fetchText', () => {
  it("says a network failure plainly, as the log, /feeds list and check-feed show it", async () => {
    await expect(fetchText('http://127.0.0.1:1/feed.xml', { allowPrivate: true, timeoutMs: 20_000, maxBytes: 1024 })).rejects.toThrow('nothing answers at 127.0.0.1:1 (connection refused)');
  });
});
