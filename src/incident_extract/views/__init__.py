"""Views of records and timelines for people: terminal tables and the HTML timeline report,
all with the same status colours (`palette`)."""
