// Must not compile: extract/ is pure and cannot see storage/ (see app/CMakeLists.txt).
#include "storage/database.h"
