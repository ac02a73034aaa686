def register_api(app):
    pass
