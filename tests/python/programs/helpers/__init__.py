"""Helper modules for the corpus programs (not tests themselves)."""
PACKAGE_NAME = "helpers"
