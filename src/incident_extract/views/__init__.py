"""Views of records for people: the terminal tables now; an HTML report later, with the
same colours (`palette`)."""
