/** What the figures were measured on, recorded beside them. */
import { cpus, totalmem } from 'node:os';

export function machineInfo() {
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
  };
}
