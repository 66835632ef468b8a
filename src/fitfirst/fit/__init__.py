"""fitfirst.fit"""
