"""fitfirst.playbook"""
