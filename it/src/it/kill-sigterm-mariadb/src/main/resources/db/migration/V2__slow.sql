-- long enough for the killer to find it running; the build fails if nobody interrupts it
SELECT SLEEP(150);
