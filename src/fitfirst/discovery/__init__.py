"""fitfirst.discovery"""
