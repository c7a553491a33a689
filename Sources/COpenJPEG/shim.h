// Thin C target over OpenJPEG 2.5 (Debian libopenjp2-7-dev).
// JPEG2000Decoder drives it from Swift: the memory stream's read/skip/seek callbacks and the
// message handlers are @convention(c) Swift closures, so no C helpers are needed here.
#include <stdio.h>
#include <stddef.h>
#include <stdint.h>
#include <openjpeg-2.5/openjpeg.h>
