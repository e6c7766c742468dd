## The booking pages.
