"""fitfirst.review"""
