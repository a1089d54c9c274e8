-- long enough for the killer to find it running; the build fails if nobody interrupts it
SELECT pg_sleep(150);
