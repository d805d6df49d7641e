import { describe, expect, it } from 'vitest';
import { cannotListen } from './listen.js';

const failure = (code: string) => Object.assign(new Error(`listen ${code}`), { code });
const http = (host: string, port = 8080) => ({ host, port, hostSetting: 'HOST', portSetting: 'PORT' });

describe('cannotListen', () => {
  it('names the setting and the fix for each way listen() fails, in one sentence', () => {
    expect(cannotListen(failure('ENOTFOUND'), http('999.1.1.1'))).toBe(
      'Cannot listen on 999.1.1.1:8080 (ENOTFOUND): HOST "999.1.1.1" is no IP address, nor a host name this machine can resolve: set HOST to one of its addresses, such as 127.0.0.1 (this machine only) or 0.0.0.0 (all of them), in .env',
    );
    expect(cannotListen(failure('EAI_AGAIN'), http('my host'))).toMatch(/^Cannot listen on my host:8080 \(EAI_AGAIN\): HOST "my host" is no IP address, nor a host name/);
    expect(cannotListen(failure('EADDRNOTAVAIL'), http('10.255.255.1'))).toMatch(/^Cannot listen on 10\.255\.255\.1:8080 \(EADDRNOTAVAIL\): HOST "10\.255\.255\.1" is not an address of this machine: set HOST to one of its addresses, .*, in \.env$/);
    expect(cannotListen(failure('EADDRINUSE'), http('127.0.0.1'))).toBe('Cannot listen on 127.0.0.1:8080 (EADDRINUSE): another process uses port 8080: stop that process, or set PORT to a free port, in .env');
    expect(cannotListen(failure('EACCES'), http('0.0.0.0', 80))).toMatch(/^Cannot listen on 0\.0\.0\.0:80 \(EACCES\): .*set PORT to a free port of 1024 or above, in \.env$/);
    expect(cannotListen(failure('EINVAL'), http('::1'))).toBe('Cannot listen on ::1:8080 (EINVAL): set HOST and PORT to an address of this machine and a free port, in .env');
  });

  it('names only the port when the host is fixed (the playground listens on 127.0.0.1)', () => {
    const playground = { host: '127.0.0.1', port: 3000, hostSetting: null, portSetting: 'PLAYGROUND_PORT' };
    expect(cannotListen(failure('EADDRINUSE'), playground)).toMatch(/set PLAYGROUND_PORT to a free port, in \.env$/);
    expect(cannotListen(failure('EADDRNOTAVAIL'), playground)).toBe('Cannot listen on 127.0.0.1:3000 (EADDRNOTAVAIL): set PLAYGROUND_PORT to a free port, in .env');
  });
});
