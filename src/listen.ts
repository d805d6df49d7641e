import { settingPlace } from './env.js';

/**
 * Why a server could not listen where its settings say, as the one sentence start-up stops with (exit 2):
 * the error code, what it means and the setting to change. Every `listen()` error is a setting to fix
 * (an address this machine does not have or cannot resolve, a port in use or reserved), never something
 * a retry would cure.
 */
export function cannotListen(err: NodeJS.ErrnoException, where: { host: string; port: number; hostSetting: string | null; portSetting: string }): string {
  const { host, port, hostSetting, portSetting } = where;
  const at = `Cannot listen on ${host}:${port} (${err.code ?? err.message})`;
  const fixHost = hostSetting ? `set ${hostSetting} to one of its addresses, such as 127.0.0.1 (this machine only) or 0.0.0.0 (all of them), in ${settingPlace(hostSetting)}` : null;
  switch (err.code) {
    // getaddrinfo: a host name no resolver knows (or "999.1.1.1", which is no IPv4 address).
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      if (fixHost) return `${at}: ${hostSetting} "${host}" is no IP address, nor a host name this machine can resolve: ${fixHost}`;
      break;
    case 'EADDRNOTAVAIL':
      if (fixHost) return `${at}: ${hostSetting} "${host}" is not an address of this machine: ${fixHost}`;
      break;
    case 'EADDRINUSE':
      return `${at}: another process uses port ${port}: stop that process, or set ${portSetting} to a free port, in ${settingPlace(portSetting)}`;
    case 'EACCES':
      return `${at}: this user may not listen on port ${port} (ports below 1024 need privileges): set ${portSetting} to a free port of 1024 or above, in ${settingPlace(portSetting)}`;
  }
  return hostSetting
    ? `${at}: set ${hostSetting} and ${portSetting} to an address of this machine and a free port, in ${settingPlace(hostSetting)}`
    : `${at}: set ${portSetting} to a free port, in ${settingPlace(portSetting)}`;
}
