// The host's heap, for the VM's MemoryError before the JS engine runs out (Host.heapUsage).

import { getHeapStatistics } from 'node:v8';

export function heapUsage(): { used: number; limit: number } {
  const s = getHeapStatistics();
  return { used: s.used_heap_size, limit: s.heap_size_limit };
}
