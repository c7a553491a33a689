// Thin C target over CharLS 2.4 (Debian libcharls-dev), through its C API
// (charls_jpegls_decoder_*): every call reports failure as a charls_jpegls_errc, so no C++
// exception crosses into Swift.
#include <stddef.h>
#include <stdint.h>
#include <charls/charls.h>
