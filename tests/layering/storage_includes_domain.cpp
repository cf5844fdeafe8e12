// Must compile: storage/ builds on domain/. The control for the two probes that must fail, so a
// broken include path cannot pass them for the wrong reason.
#include "domain/catalog.h"
#include "storage/database.h"
