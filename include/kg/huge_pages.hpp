// Advice to the kernel on large buffers that a load fills whole.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace kg {

// Asks for the whole 2 MiB pages inside [data, data + bytes) to be backed by transparent huge
// pages (the kernel's "madvise" mode gives them only where asked; mimalloc asks for its own
// segments, not for a block of tens of MB taken straight from the OS). Such a buffer then
// takes a page fault per 2 MiB instead of per 4 KiB: the faults of first touches were most of
// loading a saved graph on a virtual machine, where each is dear. Advice only: the contents
// stay as they are, and a kernel that declines changes nothing.
inline void advise_huge_pages(const void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHugePage = std::uintptr_t{1} << 21;
  auto start = reinterpret_cast<std::uintptr_t>(data);
  std::uintptr_t begin = (start + kHugePage - 1) & ~(kHugePage - 1);
  std::uintptr_t end = (start + bytes) & ~(kHugePage - 1);
  if (begin < end) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)data;
  (void)bytes;
#endif
}

// Room for `count` elements, advised as above.
template <typename Vector>
void reserve_in_huge_pages(Vector& vector, std::size_t count) {
  vector.reserve(count);
  advise_huge_pages(vector.data(), vector.capacity() * sizeof(typename Vector::value_type));
}

}  // namespace kg
