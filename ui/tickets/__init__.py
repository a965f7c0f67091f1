"""Ticket list, ticket editor and the translated names of ticket fields (issue 2, the agent workspace)."""
