"""fitfirst.reports"""
