## alerts
