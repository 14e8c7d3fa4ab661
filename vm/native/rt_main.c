/* The executable's entry point (left out of --shared builds). */
#include "rt.h"
int tandem_start(int argc, char **argv);
int main(int argc, char **argv) { return tandem_start(argc, argv); }
