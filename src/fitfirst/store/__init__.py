"""fitfirst.store"""
