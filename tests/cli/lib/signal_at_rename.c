/* Preloaded into kg by the killed-run checks (LD_PRELOAD): when kg renames one of its
 * temporary files or folders (`.NAME.kg-tmp-PID-N`) into place, the signal named by
 * KG_TEST_SIGNAL (a number; default SIGKILL) arrives instead. The output is then written in
 * full beside its target, and not yet in place: the moment a kill does the most harm,
 * reached every time, unlike a kill after a guessed delay. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void signal_if_temporary(const char* from) {
  if (strstr(from, ".kg-tmp-") == NULL) return;
  const char* wanted = getenv("KG_TEST_SIGNAL");
  raise(wanted != NULL ? atoi(wanted) : SIGKILL);
}

int rename(const char* from, const char* to) {
  signal_if_temporary(from);
  int (*next)(const char*, const char*) =
      (int (*)(const char*, const char*))dlsym(RTLD_NEXT, "rename");
  return next(from, to);
}

int renameat2(int from_dir, const char* from, int to_dir, const char* to, unsigned flags) {
  signal_if_temporary(from);
  int (*next)(int, const char*, int, const char*, unsigned) =
      (int (*)(int, const char*, int, const char*, unsigned))dlsym(RTLD_NEXT, "renameat2");
  return next(from_dir, from, to_dir, to, flags);
}
