## intake
