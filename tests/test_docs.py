import re


def test_swagger_ui_is_served_from_local_assets(client):
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/docs/") for a in assets), assets
    for asset in assets:
        with client.get(asset) as response:  # a file: close it
            assert response.status_code == 200, asset
    init = client.get("/docs/init.js").get_data(as_text=True)
    assert '"/api/v1/openapi.json"' in init
    assert "http" not in html + init
