// An output stream on a file descriptor that remembers the first failed write (errno), so that
// a full disk or a file size limit is reported instead of silently truncating the output.
#pragma once

#include <unistd.h>
#include <array>
#include <cerrno>
#include <ostream>
#include <streambuf>

#include "kg/progress.hpp"

namespace kg {

class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }
  int error() const { return error_; }
  // Bytes written go to `progress` too (the progress line of `kg export -o FILE`).
  void count_into(ProgressTask* progress) { progress_ = progress; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    for (char* p = pbase(); p < pptr() && error_ == 0;) {
      ssize_t written = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0)
        error_ = written < 0 ? errno : EIO;
      else
        p += written;
      if (written > 0 && progress_ != nullptr)
        progress_->advance(0, static_cast<std::uint64_t>(written));
    }
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return error_ == 0;
  }

  int fd_;
  int error_ = 0;
  ProgressTask* progress_ = nullptr;
  std::array<char, 1 << 16> buffer_{};
};

}  // namespace kg
