"""fitfirst.understand"""
