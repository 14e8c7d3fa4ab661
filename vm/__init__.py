"""The runtime every translated program uses, written in the subset where it can be."""
