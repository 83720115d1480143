"""The file to hand to `spark-submit`, which runs a script, not a module: it runs
`incident-extract spark` with the arguments after it. Imports are absolute, because
spark-submit runs this file as `__main__`, outside its package. Its path:

    python -c 'import incident_extract.spark_submit as job; print(job.__file__)'
"""

import sys

from incident_extract.cli import main

if __name__ == "__main__":
    sys.argv = ["incident-extract", "spark", *sys.argv[1:]]
    main()
