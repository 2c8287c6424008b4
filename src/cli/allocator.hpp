// The allocator's settings for kg's work, made before anything else runs.
#pragma once

namespace kg::cli {

void tune_allocator();

}  // namespace kg::cli
