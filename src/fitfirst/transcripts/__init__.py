"""fitfirst.transcripts"""
