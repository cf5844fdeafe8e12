// Must not compile: outlook/ is pure and cannot see storage/ (see app/CMakeLists.txt).
#include "storage/ledgerqueries.h"
