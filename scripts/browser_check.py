#!/usr/bin/env python3
"""Drives the `cxr serve` page in headless Chromium (Debian's chromium + chromium-driver, via
selenium): uploads an image through the page's file input and waits until the probabilities
and the class activation map appear. Prints one JSON line with what the page showed.

    /usr/bin/python3 scripts/browser_check.py --url http://127.0.0.1:8080/ --image X.png \
        [--screenshot page.png] [--expect-classes N]

Exit status: 0 when the page showed one probability row per class and a loaded heatmap image,
1 otherwise (the reason is printed), 77 when Chromium, chromedriver or selenium is missing.
"""
import argparse
import json
import os
import shutil
import sys
import time

SKIP = 77


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--image", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--expect-classes", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not browser or not os.path.exists(driver_path):
        print("skip: chromium or chromedriver not installed (apt-get install chromium chromium-driver)")
        return SKIP
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        print("skip: selenium not installed (python3 -m pip install --break-system-packages selenium)")
        return SKIP

    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                 "--no-first-run", "--disable-extensions", "--disable-background-networking"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        driver.set_page_load_timeout(args.timeout)
        driver.get(args.url)
        WebDriverWait(driver, args.timeout).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#class option"))
        driver.find_element(By.ID, "file").send_keys(os.path.abspath(args.image))
        wait = WebDriverWait(driver, args.timeout)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#probabilities .row") or "error" in d.find_element(By.ID, "status").get_attribute("class"))
        status = driver.find_element(By.ID, "status")
        if "error" in (status.get_attribute("class") or ""):
            print("fail: the page reported an error: " + status.text)
            return 1
        # The heatmap is loaded once the image element has a blob source that decoded.
        wait.until(lambda d: d.execute_script(
            "var h = document.getElementById('heatmap'); return h.getAttribute('src') && h.complete && h.naturalWidth > 0;"))
        rows = driver.find_elements(By.CSS_SELECTOR, "#probabilities .row")
        probabilities = {r.get_attribute("data-class"): float(r.get_attribute("data-probability")) for r in rows}
        heatmap = driver.execute_script(
            "var h = document.getElementById('heatmap'); return {width: h.naturalWidth, height: h.naturalHeight, "
            "klass: h.dataset['class'], src: h.getAttribute('src').slice(0, 5)};")
        selected = driver.find_element(By.ID, "class").get_attribute("value")
        timings = driver.find_element(By.ID, "timings").text
        if args.screenshot:
            driver.save_screenshot(args.screenshot)
        result = {"probabilities": probabilities, "heatmap": heatmap, "selected": selected, "timings": timings, "status": status.text}
        print(json.dumps(result, sort_keys=True))
        if args.expect_classes and len(probabilities) != args.expect_classes:
            print("fail: %d probability rows, expected %d" % (len(probabilities), args.expect_classes))
            return 1
        if not all(0.0 <= p <= 1.0 for p in probabilities.values()):
            print("fail: a probability outside 0...1")
            return 1
        if heatmap["klass"] != selected or heatmap["src"] != "blob:":
            print("fail: the heatmap is not the selected class's map")
            return 1
        return 0
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
