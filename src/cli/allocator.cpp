#include "allocator.hpp"

#ifdef KG_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace kg::cli {

void tune_allocator() {
#ifdef KG_WITH_MIMALLOC
  // A build's graph grows by millions of small blocks; taken from the OS in 2 MiB pages they
  // cost a fraction of the page faults and TLB misses of 4 KiB ones.
  mi_option_enable(mi_option_large_os_pages);
#endif
}

}  // namespace kg::cli
