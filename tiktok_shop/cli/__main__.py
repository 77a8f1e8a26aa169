"""``python -m tiktok_shop.cli``."""

from .app import main

main()
