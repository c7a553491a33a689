print("cxr")
