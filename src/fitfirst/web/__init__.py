"""fitfirst.web"""
