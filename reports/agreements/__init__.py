"""Printed agreements, programme documents and amendments."""
