#pragma once

#include <QtGlobal>

// Asks the kernel to back a big, not yet touched buffer with 2 MiB pages (MADV_HUGEPAGE; Debian's
// kernels enable transparent huge pages on request only). Filling a fresh 20 MB feed body then
// takes about ten page faults instead of 5,000, which here cost 10-40 ms per copy. Only the
// 2 MiB-aligned part inside the buffer is advised; a buffer under 4 MiB, or a system without
// the call, is left as it is. Call it before the first write: pages already touched stay small.
void adviseHugePages(void *data, qsizetype size);
