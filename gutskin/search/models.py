"""Site search keeps no models of its own; synonyms are in gutskin.taxonomy."""
