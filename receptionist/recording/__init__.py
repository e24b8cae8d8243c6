"""In-process call recording: encrypted as captured, paused for card data, masked before it is kept."""
