import { describe, expect, it } from 'vitest';
import { writesCodeName, writtenCodeNames } from './code-names.js';

describe('writtenCodeNames', () => {
  it.each([
    ['what does RH_CACHE_DIR do', ['rh_cache_dir']],
    ['what is `server.public_url` for?', ['server.public_url']],
    ['what values does `transcode.hwaccel` accept?', ['transcode.hwaccel']],
    ['Edit /var/lib/reelhaven/config.yml, then www.example.com', ['config.yml', 'www.example.com']],
  ])('reads %j', (text, names) => {
    expect(writtenCodeNames(text)).toEqual(names);
  });

  it('reads no abbreviation, version, email address or sentences run together as a code name', () => {
    for (const text of ['e.g. the U.S. Army', 'version 2.4.0 and v2.4', 'mail dummy.name@gmail.com', 'back pain.currently using', 'Want to.take a protein', 'I added Rs.100', 'the end.Next one', 'transcode.hwaccel'])
      expect(writtenCodeNames(text), text).toEqual([]);
  });
});

describe('writesCodeName', () => {
  it('finds a code name whole, quoted or not, never inside a longer one', () => {
    expect(writesCodeName('as set by backup.keep: 14.', 'backup.keep')).toBe(true);
    expect(writesCodeName('the key transcode.hw was renamed to transcode.hwaccel', 'transcode.hw')).toBe(true);
    expect(writesCodeName('set transcode.hwaccel: vaapi', 'transcode.hw')).toBe(false);
    expect(writesCodeName('set my_backup.keep to 3', 'backup.keep')).toBe(false);
    expect(writesCodeName('rh_cache_dir_old', 'rh_cache_dir')).toBe(false);
  });
});
